// For pages/date-tools only (eslint enforces it): importing the tools from the main package would
// pull them, and the date engine, out of the subpackage.
export { AssistanceDecisionTool, ResettlementChangeTool } from './tools'
