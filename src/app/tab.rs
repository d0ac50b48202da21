//! The tabs: one per dataset section, in the model's order.
//!
//! A tab is the model's `Section` itself (see `model::sections` for why), so the tab list, its titles and what
//! each tab shows are declared once, in the model.

pub use crate::model::Section as Tab;
