export { HistoryPage, historyPath } from './HistoryPage';
export { HistoryPrintPage } from './PrintPage';
