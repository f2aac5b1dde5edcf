// The inspector's views, for the workspace to mount. Each takes plain data from a run (the lab
// protocol's types) and callbacks; none talks to the lab itself.
export { ConsoleView, type ConsoleViewProps } from './console-view';
export { PlanTree, type PlanTreeProps } from './plan-tree';
export { QueryList, type QueryListProps } from './query-list';
export { QueryWarnings, type QueryWarningsProps } from './query-warnings';
export { ResultView, type ResultViewProps } from './result-view';
export { SqlCode, type SqlCodeProps } from './sql-code';
