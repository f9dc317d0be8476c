// Wide tables scroll sideways on a phone; a scrolling region must be reachable by keyboard
// (WCAG 2.1.1), so each wrapper is focusable and named.
export const SCROLL_REGION = {
  tabIndex: 0,
  role: "region",
  "aria-label": "Table (scrolls sideways on small screens)",
} as const;
