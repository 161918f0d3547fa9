//! Pictures of the window: a `--screenshot` run, File ▸ Export picture, and the Portfolio
//! view's landscape exported as PNG (the capture cut to where the picture was drawn).

use egui::ViewportCommand;

use super::AdvisorApp;

impl AdvisorApp {
    /// Advances a picture being taken, once what it shows is ready; closes the window after a
    /// `--screenshot` run, or says where an exported picture went.
    pub(super) fn step_picture(&mut self, ctx: &egui::Context) {
        // A picture waits for an inventory being read, and for advice on its way from another
        // thread: they are what the picture is of.
        let computing = self.workspace.active().computing();
        if let Some(screenshot) = &mut self.screenshot
            && screenshot.crops_landscape()
        {
            screenshot.crop_to(self.portfolio.landscape_rect);
        }
        if let Some(screenshot) = &mut self.screenshot
            && self.portfolio.pending.is_none()
            && !computing
            && screenshot.step(ctx)
        {
            if screenshot.closes_window() {
                self.allowed_to_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            } else {
                // A picture exported from the window: say where it went, and go on.
                self.status = match screenshot.result() {
                    Some(Ok(path)) => format!("Picture written to {}", path.display()),
                    Some(Err(error)) => format!("The picture could not be written: {error}"),
                    None => String::new(),
                };
                self.screenshot = None;
            }
        }
    }
}
