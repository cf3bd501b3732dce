/**
 * How much JavaScript each built page may load, checked by tests/size/size-budget.test.ts on every
 * `npm test` (after its build). kB = 1024 bytes of gzip (level 9); "first" = what a page loads
 * before any dynamic import (its HTML's scripts and their static imports), "all" = everything it can
 * ever load (lazy chunks included). Measured by tests/tools/page-scripts.ts.
 *
 * `goal` is issue 16's target; `budget` is what the test enforces: the figure of the build when the
 * budget was last set, rounded up to the next 0.5 kB (file counts exact), or the goal once the figure
 * meets it (the test prints that figure as "by rule"). As the pages shrink, the lead lowers `budget`
 * toward `goal` in the same change, so no kB won back can creep in again; a budget is raised only
 * for a reason stated next to it.
 */
export interface Budget {
  /** What the issue asks for; absent where it sets none. */
  goal?: number;
  /** What the test enforces (value ≤ budget). */
  budget: number;
}

export interface PageBudgets {
  /** JS before any dynamic import, kB gzip. */
  firstKb: Budget;
  /** Number of JS files before any dynamic import. */
  firstFiles: Budget;
  /** Every JS file the page can load, kB gzip. */
  allKb: Budget;
}

export const BUDGETS: {
  popup: PageBudgets;
  prompt: PageBudgets;
  backgroundKb: Budget;
  otherPages: { pages: string[]; firstKb: Budget };
} = {
  // Set from the build of 22 Nov, 14:00 (popup restructured: static scale, Preact after, started in a
  // later task): popup first 2.69 kB in 2 files (goals met), all 44.02 kB.
  popup: {
    firstKb: { goal: 8, budget: 8 },
    firstFiles: { goal: 3, budget: 3 },
    allKb: { goal: 20, budget: 44.5 },
  },
  // prompt first 35.30 kB in 20 files, all 38.58 kB. First raised to 36 on 22 Nov (35.57 kB): the
  // scale takes over digit keys the popup's first script read (a "1" typed before Preact was lost).
  prompt: {
    firstKb: { goal: 8, budget: 36 },
    firstFiles: { goal: 3, budget: 20 },
    allKb: { goal: 20, budget: 39 },
  },
  // background.js 18.18 kB.
  backgroundKb: { goal: 10, budget: 18.5 },
  // The other pages' first JS together (184.79 kB): no goal, a generous ceiling (about 5% over) that
  // catches an accident such as a library landing in a chunk every page loads.
  otherPages: {
    pages: ['summary', 'options', 'diary', 'report', 'welcome', 'help'],
    firstKb: { budget: 195 },
  },
};
