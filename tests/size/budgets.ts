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
  // later task): popup first 2.69 kB in 2 files (goals met), all 44.02 kB. All raised to 45 on 22 Nov
  // (44.73 kB): the prompt view it loads when a prompt waits takes over the prompt window's
  // first-script answer and keys, and the messaging chunk is now its own file. Lowered to 44 on 22 Nov
  // (43.57 kB): settings storage no longer carries the settings page's form code. Raised to 47 on
  // 23 Nov (46.94 kB; issue 17): the prompt view it shows carries the morning check, the breathing
  // break, the water reminder and the context tags, the break the user's own exercises, and the
  // record schemas and their migration record version 2; first JS unchanged (3.3 kB). Raised to 47.5
  // on 23 Nov (47.15 kB; issue 17): a morning check changed in the diary carries its edit mark, which
  // the record schema every page reads must know, and the check's questions are now one component
  // shared with the diary's form (their own chunk). The diary's storage of that change and its Clear
  // buttons are kept apart (storage/change-morning.ts, diary/morning-edit-form.tsx): the popup does
  // not load them.
  popup: {
    firstKb: { goal: 8, budget: 8 },
    firstFiles: { goal: 3, budget: 3 },
    allKb: { goal: 20, budget: 47.5 },
  },
  // Prompt window restructured on 22 Nov (its first script draws a waiting pain prompt's scale and
  // sends its answer; Preact after): first 4.40 kB in 2 files (goals met; was 35.57 kB in 20), all
  // 41.14 kB. All raised from 39 to 41.5: that first script (1.8 kB) comes on top of the page.
  // Lowered to 40.5 (40.05 kB): settings storage no longer carries the settings page's form code.
  // Raised to 44 on 23 Nov (43.56 kB; issue 17): the same new prompt parts as the popup's.
  prompt: {
    firstKb: { goal: 8, budget: 8 },
    firstFiles: { goal: 3, budget: 3 },
    allKb: { goal: 20, budget: 44 },
  },
  // background.js 18.18 kB. Raised to 19.5 on 23 Nov (19.04 kB; issue 17): the scheduler's morning
  // check, breathing and water kinds, and the record schemas of version 2 with their migration.
  backgroundKb: { goal: 10, budget: 19.5 },
  // The other pages' first JS together (184.79 kB): no goal, a generous ceiling (about 5% over) that
  // catches an accident such as a library landing in a chunk every page loads. Raised to 205 on 23
  // Nov (199.73 kB; issue 17): the summary's "what goes with your pain", the report's morning and
  // tag lines, the settings page's context tags and own exercises, the diary's context, on six pages.
  otherPages: {
    pages: ['summary', 'options', 'diary', 'report', 'welcome', 'help'],
    firstKb: { budget: 205 },
  },
};
