/** OCPP metering: meters read as measurands, and the clock-aligned timer. */
export { ChargerMeterSampler } from './sampler.js';
export { ClockAlignedTimer, nextAligned } from './aligned-timer.js';
export { MEASURANDS } from './sampler.js';
