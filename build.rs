//! Chooses the dataset compiled into the binary, so that no source file under src/ names a country.
//! The app reads it with `include_str!(env!("POLITY_EMBEDDED_DATASET"))`.

const EMBEDDED_DATASET: &str = "assets/kazakhstan.ron";

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    println!("cargo:rerun-if-changed={EMBEDDED_DATASET}");
    println!("cargo:rustc-env=POLITY_EMBEDDED_DATASET={dir}/{EMBEDDED_DATASET}");
    println!("cargo:rustc-env=POLITY_EMBEDDED_NAME={EMBEDDED_DATASET}");
}
