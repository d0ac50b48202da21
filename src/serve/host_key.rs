//! The server's identity: an ed25519 key generated once at a path and reused on every start. A path that cannot be
//! read or written stops the server; it never falls back to a temporary key, which would make every client warn
//! that the host's identity changed.

use russh::keys::ssh_key::{self, HashAlg, LineEnding, PrivateKey};
use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Reads the key at `path`, or creates it (mode 0600) when nothing is there. The error is one line naming the path.
pub fn load_or_create(path: &Path) -> Result<PrivateKey, String> {
    let shown = path.display();
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(format!(
            "host key {shown} is a directory; give the path of a key file (it is created if missing)"
        )),
        Ok(meta) => {
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(format!(
                    "host key {shown} can be read by other users (mode {:o}); run chmod 600 on it",
                    meta.permissions().mode() & 0o777
                ));
            }
            let text = fs::read_to_string(path)
                .map_err(|e| format!("cannot read host key {shown}: {e}"))?;
            let key = PrivateKey::from_openssh(text.trim_end())
                .map_err(|e| format!("host key {shown} is not an OpenSSH private key: {e}"))?;
            if key.is_encrypted() {
                return Err(format!(
                    "host key {shown} is protected by a passphrase; the server needs an unencrypted key"
                ));
            }
            Ok(key)
        }
        Err(e) if e.kind() == ErrorKind::NotFound => create(path),
        Err(e) => Err(format!("cannot read host key {shown}: {e}")),
    }
}

/// `SHA256:...`, as `ssh-keygen -lf` and the client's first-connection prompt show it.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

fn create(path: &Path) -> Result<PrivateKey, String> {
    let shown = path.display();
    let key = PrivateKey::random(&mut rand::rng(), ssh_key::Algorithm::Ed25519)
        .map_err(|e| format!("cannot generate a host key: {e}"))?;
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| format!("cannot encode the host key: {e}"))?;
    // create_new: never overwrite a key that appeared meanwhile; mode 0600 from the first byte.
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| format!("cannot create host key {shown}: {e}"))?;
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all());
    if let Err(e) = written {
        let _ = fs::remove_file(path);
        return Err(format!("cannot write host key {shown}: {e}"));
    }
    // The public half beside it, for `ssh-keygen -lf` and for a class's known_hosts; not needed to run.
    if let Ok(public) = key.public_key().to_openssh() {
        let _ = fs::write(path.with_extension("pub"), format!("{public}\n"));
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("polity-host-key-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn created_once_with_mode_0600_and_reused() {
        let dir = temp_dir("reuse");
        let path = dir.join("host_key");
        let first = load_or_create(&path).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let second = load_or_create(&path).unwrap();
        assert_eq!(fingerprint(&first), fingerprint(&second));
        assert!(fingerprint(&first).starts_with("SHA256:"));
        assert!(dir.join("host_key.pub").exists());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn unusable_paths_are_refused_in_one_line() {
        let dir = temp_dir("bad");
        let garbage = dir.join("garbage");
        fs::write(&garbage, "not a key").unwrap();
        fs::set_permissions(&garbage, fs::Permissions::from_mode(0o600)).unwrap();
        let open = dir.join("open");
        load_or_create(&open).unwrap();
        fs::set_permissions(&open, fs::Permissions::from_mode(0o644)).unwrap();
        for (path, needle) in [
            (dir.join("missing-dir").join("key"), "cannot create"),
            (dir.clone(), "directory"),
            (garbage, "not an OpenSSH private key"),
            (open, "chmod 600"),
        ] {
            let err = load_or_create(&path).unwrap_err();
            assert!(err.contains(needle), "{}: {err}", path.display());
            assert!(!err.contains('\n'));
        }
        fs::remove_dir_all(dir).unwrap();
    }
}
