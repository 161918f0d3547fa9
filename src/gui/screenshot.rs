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
    /// What of the window the picture keeps.
    crop: Crop,
}

/// What of the window a picture keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Crop {
    /// All of it.
    Whole,
    /// The Portfolio view's landscape picture, where it was drawn in the last frame (in
    /// points), if it was.
    Landscape(Option<egui::Rect>),
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
            crop: Crop::Whole,
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

    /// The landscape picture of the Portfolio view alone (Export PNG): the window's capture
    /// cut to where the picture was drawn (see [`Self::crop_to`]).
    pub fn of_landscape(path: PathBuf) -> Self {
        Self {
            crop: Crop::Landscape(None),
            ..Self::for_user(path)
        }
    }

    /// Whether only the landscape picture is kept.
    pub fn crops_landscape(&self) -> bool {
        matches!(self.crop, Crop::Landscape(_))
    }

    /// Where the landscape was drawn in the last frame, if it was.
    pub fn crop_to(&mut self, rect: Option<egui::Rect>) {
        if self.crops_landscape() {
            self.crop = Crop::Landscape(rect);
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
        let result = match self.crop {
            Crop::Whole => write_png(&self.path, &image),
            Crop::Landscape(Some(rect)) => {
                write_png(&self.path, &cropped(&image, rect, ctx.pixels_per_point()))
            }
            Crop::Landscape(None) => {
                Err("the landscape is not shown: show it, then export it".to_owned())
            }
        }
        .map(|()| self.path.clone());
        if let Ok(mut outcome) = self.outcome.lock() {
            *outcome = Some(result);
        }
        true
    }
}

/// The part of `image` (a capture at `pixels_per_point`) inside `rect` (in points), never
/// beyond the image's edges.
fn cropped(image: &ColorImage, rect: egui::Rect, pixels_per_point: f32) -> ColorImage {
    let [width, height] = image.size;
    let clamp = |value: f32, most: usize| ((value * pixels_per_point).max(0.0) as usize).min(most);
    let (left, right) = (clamp(rect.min.x, width), clamp(rect.max.x, width));
    let (top, bottom) = (clamp(rect.min.y, height), clamp(rect.max.y, height));
    if right <= left || bottom <= top {
        return image.clone();
    }
    image.region_by_pixels([left, top], [right - left, bottom - top])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crop_keeps_the_rectangle_and_never_reaches_past_the_image() {
        let mut image = ColorImage::filled([10, 8], egui::Color32::BLACK);
        image.pixels[3 * 10 + 2] = egui::Color32::WHITE;
        // At two pixels a point, the point rectangle (1, 1.5)..(4, 3) is pixels (2, 3)..(8, 6).
        let rect = egui::Rect::from_min_max(egui::pos2(1.0, 1.5), egui::pos2(4.0, 3.0));
        let crop = cropped(&image, rect, 2.0);
        assert_eq!(crop.size, [6, 3]);
        assert_eq!(crop.pixels[0], egui::Color32::WHITE);
        let past = egui::Rect::from_min_max(egui::pos2(-5.0, -5.0), egui::pos2(50.0, 50.0));
        assert_eq!(cropped(&image, past, 1.0).size, [10, 8]);
        let empty = egui::Rect::from_min_max(egui::pos2(20.0, 20.0), egui::pos2(30.0, 30.0));
        assert_eq!(
            cropped(&image, empty, 1.0).size,
            [10, 8],
            "nothing to cut: the whole"
        );
    }
}
