//! Chooses the dataset compiled into the binary, so that no source file under src/ names a country, and stores
//! it a second time in postcard's binary form, which loads many times faster than RON (and than JSON). The app
//! reads the RON text with `include_str!(env!("POLITY_EMBEDDED_DATASET"))` and the binary form with
//! `include_bytes!(env!("POLITY_EMBEDDED_BINARY"))`; the test suite validates the RON and checks that both say
//! the same, so the app can load the binary form without checking it. Beside it goes the newest snapshot
//! (`POLITY_EMBEDDED_NEWEST`), which is all the first frame needs: the whole file loads when first asked for.

// The dataset's types, compiled into the build script as they are into the crate.
#[allow(dead_code)]
#[path = "src/model/change_dates.rs"]
mod change_dates;
#[allow(dead_code)]
#[path = "src/model/date.rs"]
mod date;
#[path = "src/model/newest.rs"]
mod newest;
#[allow(dead_code)]
#[path = "src/model/shared_str.rs"]
mod shared_str;
#[allow(dead_code)]
#[path = "src/model/snapshot.rs"]
mod snapshot;
#[allow(dead_code)]
#[path = "src/model/types.rs"]
mod types;

/// What the crate compiles in is what this script writes: here there is none yet, so no text is read in place.
mod embedded {
    pub static BINARY: &[u8] = &[];
    pub static NEWEST: &[u8] = &[];
}

const EMBEDDED_DATASET: &str = "assets/kazakhstan.ron";

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for input in [
        EMBEDDED_DATASET,
        "src/model/types.rs",
        "src/model/date.rs",
        "src/model/change_dates.rs",
        "src/model/snapshot.rs",
        "src/model/newest.rs",
        "src/model/shared_str.rs",
    ] {
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
    let binary = postcard::to_allocvec(&data).expect("a dataset serializes");
    let back: types::Dataset = postcard::from_bytes(&binary).expect("the binary form reads back");
    assert!(
        back == data,
        "the binary form of {EMBEDDED_DATASET} reads back differently"
    );
    let path = format!("{out}/embedded.postcard");
    std::fs::write(&path, binary).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=POLITY_EMBEDDED_BINARY={path}");

    let newest = postcard::to_allocvec(&newest_snapshot(&data)).expect("a snapshot serializes");
    let path = format!("{out}/embedded-newest.postcard");
    std::fs::write(&path, newest).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=POLITY_EMBEDDED_NEWEST={path}");

    link_the_unwinder_statically(&out);
}

/// Makes the linker take the unwinder from GCC's static archive (`libgcc_eh.a`, what a `crt-static` build uses)
/// where the standard library asks for `libgcc_s`, by putting a copy of it named `libgcc_s.a` first on the
/// search path. The shared `libgcc_s.so.1` runs a constructor at start-up that asks the CPU for its features
/// with a dozen or so CPUID instructions, and on a virtual machine each of those traps to the hypervisor (about
/// 12 µs apiece measured on the project's machine), which is a twentieth of the time to the first frame. Where
/// the archive cannot be found (another C compiler, another target), nothing changes.
fn link_the_unwinder_statically(out: &str) {
    println!("cargo:rerun-if-env-changed=CC");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let gnu_linux = var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu";
    if !gnu_linux || var("CARGO_CFG_TARGET_FEATURE").contains("crt-static") {
        return;
    }
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let Ok(asked) = std::process::Command::new(compiler)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
    else {
        return;
    };
    let archive = std::path::PathBuf::from(String::from_utf8_lossy(&asked.stdout).trim());
    // A compiler without the archive prints the bare name back.
    if !asked.status.success() || !archive.is_absolute() || !archive.is_file() {
        return;
    }
    let dir = std::path::Path::new(out).join("static-unwinder");
    if std::fs::create_dir_all(&dir).is_err()
        || std::fs::copy(&archive, dir.join("libgcc_s.a")).is_err()
    {
        return;
    }
    println!("cargo:rustc-link-search=native={}", dir.display());
}

/// The snapshot the app starts on, as `Timeline` would build it from the whole file.
fn newest_snapshot(data: &types::Dataset) -> newest::NewestSnapshot {
    let dates = change_dates::change_dates(data);
    let (shown, origins) = match dates.last() {
        Some(date) => snapshot::app_snapshot(data, date),
        None => (data.clone(), snapshot::Origins::identity(data)),
    };
    newest::NewestSnapshot {
        dates: dates.iter().map(ToString::to_string).collect(),
        data: shown,
        origins,
        all_names: data
            .bodies
            .iter()
            .map(|b| (b.id.clone(), b.name.clone(), b.short.clone()))
            .collect(),
    }
}
