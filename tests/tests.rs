//! Integration tests: one binary, one module per concern (as ripgrep and
//! regex do). Data-driven cases live in `tests/data/`; set `FINFACTS_CASE`
//! to a case name (or a prefix) to run only that case.

mod bodies;
mod cli;
mod conformance;
mod data;
mod facts;
mod figure_props;
mod hostile;
mod inputs;
mod mentions;
mod report;
mod seed_figures;
mod shared;
mod store;
mod store_faults;
mod util;
