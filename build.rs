//! Chooses the dataset compiled into the binary, so that no source file under src/ names a country, and stores
//! it a second time as JSON, which loads several times faster than RON. The app reads the RON text with
//! `include_str!(env!("POLITY_EMBEDDED_DATASET"))` and the JSON with `env!("POLITY_EMBEDDED_JSON")`; the test
//! suite validates the RON and checks that both say the same, so the app can load the JSON without checking it.

// The dataset's types, compiled into the build script as they are into the crate.
#[allow(dead_code)]
#[path = "src/model/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/model/types.rs"]
mod types;

const EMBEDDED_DATASET: &str = "assets/kazakhstan.ron";

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for input in [EMBEDDED_DATASET, "src/model/types.rs", "src/model/date.rs"] {
        println!("cargo:rerun-if-changed={input}");
    }
    println!("cargo:rustc-env=POLITY_EMBEDDED_DATASET={dir}/{EMBEDDED_DATASET}");
    println!("cargo:rustc-env=POLITY_EMBEDDED_NAME={EMBEDDED_DATASET}");

    let text = std::fs::read_to_string(format!("{dir}/{EMBEDDED_DATASET}"))
        .expect("the embedded dataset is readable");
    // The same options as `model::load_str`.
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let data: types::Dataset = options
        .from_str(&text)
        .unwrap_or_else(|e| panic!("{EMBEDDED_DATASET} does not parse: {e}"));
    let json = serde_json::to_string(&data).expect("a dataset serializes");
    let back: types::Dataset = serde_json::from_str(&json).expect("the JSON form reads back");
    assert!(
        back == data,
        "the JSON form of {EMBEDDED_DATASET} reads back differently"
    );
    let path = format!("{out}/embedded.json");
    std::fs::write(&path, json).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=POLITY_EMBEDDED_JSON={path}");
}
