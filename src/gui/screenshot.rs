//! `--screenshot OUT.png`: let the real window settle, capture what it shows, write a PNG and
//! close.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::ColorImage;

/// Frames to draw before capturing, so that fonts, layout and panel sizes have settled.
const SETTLE_FRAMES: u32 = 5;

/// What happened, for `main` to report after the window closed.
pub type Outcome = Arc<Mutex<Option<Result<PathBuf, String>>>>;

/// A pending screenshot.
pub struct Screenshot {
    path: PathBuf,
    frames_left: u32,
    requested: bool,
    image: Arc<Mutex<Option<Arc<ColorImage>>>>,
    outcome: Outcome,
    closes_window: bool,
}

impl Screenshot {
    /// A screenshot to be written to `path`; the result lands in `outcome`.
    pub fn new(path: PathBuf, outcome: Outcome) -> Self {
        Self {
            path,
            frames_left: SETTLE_FRAMES,
            requested: false,
            image: Arc::new(Mutex::new(None)),
            outcome,
            closes_window: true,
        }
    }

    /// A picture of the window for the user (File ▸ Export picture): the same capture, but
    /// the window stays open.
    pub fn for_user(path: PathBuf) -> Self {
        Self {
            frames_left: 1,
            closes_window: false,
            ..Self::new(path, Outcome::default())
        }
    }

    /// Whether the window closes once the picture is written (a `--screenshot` run).
    pub fn closes_window(&self) -> bool {
        self.closes_window
    }

    /// What happened, once the picture is written or failed.
    pub fn result(&self) -> Option<Result<PathBuf, String>> {
        self.outcome.lock().ok().and_then(|outcome| outcome.clone())
    }

    /// Advances one frame; returns true once the PNG is written (or failed) and the window
    /// may close.
    pub fn step(&mut self, ctx: &egui::Context) -> bool {
        ctx.request_repaint();
        if self.frames_left > 0 {
            self.frames_left -= 1;
            return false;
        }
        if !self.requested {
            let slot = Arc::clone(&self.image);
            ctx.request_screenshot(move |image| {
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some(image);
                }
            });
            self.requested = true;
            return false;
        }
        let image = self.image.lock().ok().and_then(|mut slot| slot.take());
        let Some(image) = image else { return false };
        let result = write_png(&self.path, &image).map(|()| self.path.clone());
        if let Ok(mut outcome) = self.outcome.lock() {
            *outcome = Some(result);
        }
        true
    }
}

fn write_png(path: &std::path::Path, image: &ColorImage) -> Result<(), String> {
    let [width, height] = image.size;
    let mut bytes = Vec::with_capacity(width * height * 4);
    for pixel in &image.pixels {
        bytes.extend_from_slice(&pixel.to_srgba_unmultiplied());
    }
    let mut encoded = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut encoded, width as u32, height as u32);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&bytes).map_err(|e| e.to_string())?;
    }
    crate::io::save::write_atomically(path, &encoded).map_err(|e| e.to_string())
}
