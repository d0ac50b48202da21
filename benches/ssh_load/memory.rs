//! Memory of a server's process tree, RSS and PSS, from /proc/PID/smaps_rollup.

/// Resident and proportional set sizes in bytes.
#[derive(Clone, Copy, Default)]
pub struct Memory {
    pub rss: u64,
    pub pss: u64,
    pub processes: usize,
}

fn field_kib(text: &str, name: &str) -> u64 {
    text.lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or(0)
}

fn of_process(pid: u32) -> (u64, u64) {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    (
        field_kib(&rollup, "Rss:") * 1024,
        field_kib(&rollup, "Pss:") * 1024,
    )
}

fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: the fields after it are fixed.
    let after = stat.get(stat.rfind(')')? + 2..)?;
    after.split_whitespace().nth(1)?.parse().ok()
}

/// `root` and every process below it (sshd forks per connection; `polity serve` forks nothing).
pub fn tree(root: u32) -> Vec<u32> {
    let all: Vec<u32> = std::fs::read_dir("/proc")
        .map(|dir| {
            dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    let mut pids = vec![root];
    for &pid in &all {
        let mut p = pid;
        while let Some(parent) = parent_of(p) {
            if parent == root {
                pids.push(pid);
                break;
            }
            if parent <= 1 {
                break;
            }
            p = parent;
        }
    }
    pids
}

/// The memory of `root` and every process below it.
pub fn of_tree(root: u32) -> Memory {
    let pids = tree(root);
    let (rss, pss) = pids
        .iter()
        .map(|&p| of_process(p))
        .fold((0, 0), |a, m| (a.0 + m.0, a.1 + m.1));
    Memory {
        rss,
        pss,
        processes: pids.len(),
    }
}
