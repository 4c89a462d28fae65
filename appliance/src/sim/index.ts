export { SCENARIOS, findScenario, type Scenario, type ScenarioStep, type ScenarioAction } from './scenarios.js';
export { ScenarioPlayer, type ScenarioSummary } from './runner.js';
export { simulate, type SimulateOptions } from './simulate.js';
