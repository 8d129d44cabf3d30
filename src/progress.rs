//! Progress and messages on stderr.
//!
//! A bar only when stderr is a terminal, the run is large enough to need
//! one and the user has not asked for quiet; warnings are printed above the
//! bar so they do not tear it. Nothing here writes to stdout.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Documents after which a bar is worth showing.
const BAR_AFTER: u64 = 200;

pub struct Progress {
    bar: Option<ProgressBar>,
    quiet: bool,
    pub started: Instant,
    pub docs: u64,
    pub facts: u64,
    pub warnings: u64,
    pub bytes: u64,
}

impl Progress {
    pub fn new(quiet: bool, no_progress: bool) -> Progress {
        let show = !quiet
            && !no_progress
            && std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none();
        let bar = show.then(|| {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            b.set_style(
                ProgressStyle::with_template(
                    "{spinner} {pos} documents, {msg} [{elapsed_precise}]",
                )
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            b.enable_steady_tick(Duration::from_millis(200));
            b.set_draw_target(ProgressDrawTarget::hidden());
            b
        });
        Progress {
            bar,
            quiet,
            started: Instant::now(),
            docs: 0,
            facts: 0,
            warnings: 0,
            bytes: 0,
        }
    }

    pub fn document(&mut self, bytes: u64, facts: u64) {
        self.docs += 1;
        self.facts += facts;
        self.bytes += bytes;
        if let Some(b) = &self.bar {
            if self.docs == BAR_AFTER {
                b.set_draw_target(ProgressDrawTarget::stderr());
            }
            b.set_position(self.docs);
            if self.docs.is_multiple_of(64) {
                b.set_message(format!("{} facts", self.facts));
            }
        }
    }

    /// Prints a warning (`finfacts: <path>: <message>`) above the bar.
    pub fn warn(&mut self, msg: &str) {
        self.warnings += 1;
        let line = format!("finfacts: {}", one_line(msg));
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// The one-line summary (unless quiet) and the bar cleared.
    pub fn finish(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
        if !self.quiet {
            let secs = self.started.elapsed().as_secs_f64();
            eprintln!(
                "finfacts: {} documents, {} facts, {} warnings, {:.2}s",
                self.docs, self.facts, self.warnings, secs
            );
        }
    }
}

/// A message as one line: control characters (a newline or an escape
/// sequence in a file name) are written as Rust escapes, so a warning is
/// always one line and cannot drive the terminal.
pub fn one_line(msg: &str) -> std::borrow::Cow<'_, str> {
    if !msg.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(msg);
    }
    let mut out = String::with_capacity(msg.len() + 8);
    for c in msg.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}
