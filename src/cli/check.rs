//! `polity check [FILE]`: validate a dataset and summarise it.

use super::load::load_model;
use std::path::Path;
use std::process::ExitCode;

pub fn run(file: Option<&Path>) -> ExitCode {
    match load_model(file) {
        Ok(model) => {
            let d = &model.data;
            println!("{}: valid", d.meta.title);
            println!(
                "  bodies {}, relations {}, sources {}",
                d.bodies.len(),
                d.relations.len(),
                d.sources.len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            ExitCode::from(2)
        }
    }
}
