//! Rows for the level parts of appeal arrows in the gap between two rows of courts: arrows whose level parts
//! would run along the same cells get rows of their own, unless they share a court.

/// The level part of one appeal's arrow, to be given a row in a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub appeal: usize,
    /// The gap under chain row `gap`.
    pub gap: usize,
    /// First and last column.
    pub span: (u16, u16),
    /// The two courts the appeal joins.
    pub ends: (usize, usize),
}

impl Run {
    fn may_share_with(&self, other: &Run) -> bool {
        let (a, b) = (self.ends, other.ends);
        let shares_end = a.0 == b.0 || a.0 == b.1 || a.1 == b.0 || a.1 == b.1;
        let apart = self.span.1 < other.span.0 || other.span.1 < self.span.0;
        shares_end || apart
    }
}

/// Which row of its gap each appeal's level part takes (0 is the row just above the lower court), and how many
/// rows each gap needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tracks {
    /// Per appeal.
    pub of: Vec<u16>,
    /// Per chain row: the rows its gap below needs for level parts (at least one).
    pub per_gap: Vec<u16>,
}

/// Gives each run the lowest row of its gap where it shares no cell with a run of two other courts.
pub fn assign(runs: &[Run], appeals: usize, gaps: usize) -> Tracks {
    let mut tracks = Tracks {
        of: vec![0; appeals],
        per_gap: vec![1; gaps],
    };
    let mut order: Vec<&Run> = runs.iter().collect();
    order.sort_by_key(|r| (r.gap, r.span, r.appeal));
    // Only runs of the same gap that reach this one's start can clash with it: sorted by gap and start, a run
    // that ends before one starts ends before every later one too, so it leaves the list.
    let mut placed: Vec<(Run, u16)> = Vec::new();
    for run in order {
        placed.retain(|(other, _)| other.gap == run.gap && other.span.1 >= run.span.0);
        let mut track = 0u16;
        while placed
            .iter()
            .any(|(other, t)| other.gap == run.gap && *t == track && !run.may_share_with(other))
        {
            track += 1;
        }
        if let Some(slot) = tracks.of.get_mut(run.appeal) {
            *slot = track;
        }
        if let Some(rows) = tracks.per_gap.get_mut(run.gap) {
            *rows = (*rows).max(track + 1);
        }
        placed.push((*run, track));
    }
    tracks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(appeal: usize, span: (u16, u16), ends: (usize, usize)) -> Run {
        Run {
            appeal,
            gap: 0,
            span,
            ends,
        }
    }

    #[test]
    fn overlapping_runs_of_other_courts_get_rows_of_their_own() {
        let runs = [
            run(0, (2, 10), (0, 1)),
            run(1, (5, 20), (2, 3)),
            run(2, (10, 30), (0, 4)),
            run(3, (40, 50), (5, 6)),
        ];
        let t = assign(&runs, 4, 1);
        assert_eq!(t.of, vec![0, 1, 0, 0]);
        assert_eq!(t.per_gap, vec![2]);
    }
}
