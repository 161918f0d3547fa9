//! The application icon (`assets/icon.png`, two arrows for an exchange), for the title bar,
//! the task bar and the window switcher.

/// The icon as drawn: a 256×256 RGBA PNG.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// The icon decoded for the window, or `None` if the bundled file were unreadable (the
/// window then opens with the system's default icon rather than not at all).
pub fn app_icon() -> Option<egui::IconData> {
    let decoder = png::Decoder::new(std::io::Cursor::new(ICON_PNG));
    let mut reader = decoder.read_info().ok()?;
    let mut rgba = vec![0; reader.output_buffer_size()?];
    let frame = reader.next_frame(&mut rgba).ok()?;
    if frame.color_type != png::ColorType::Rgba || frame.bit_depth != png::BitDepth::Eight {
        return None;
    }
    rgba.truncate(frame.buffer_size());
    Some(egui::IconData {
        rgba,
        width: frame.width,
        height: frame.height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_icon_decodes_to_256_square_rgba() {
        let icon = app_icon().expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // Transparent corners, opaque middle: a drawn icon, not an empty canvas.
        assert_eq!(icon.rgba[3], 0);
        let middle = (128 * 256 + 128) * 4;
        assert_eq!(icon.rgba[middle + 3], 255);
    }
}
