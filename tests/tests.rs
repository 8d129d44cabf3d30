//! Integration tests: one binary, one module per concern (as ripgrep and
//! regex do). Data-driven cases live in `tests/data/`; set `FINFACTS_CASE`
//! to a case name (or a prefix) to run only that case.

mod bodies;
mod cli;
mod data;
mod facts;
mod inputs;
mod report;
mod shared;
mod store;
mod store_faults;
mod util;
