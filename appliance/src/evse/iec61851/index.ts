export { Iec61851, type CarEvent, type IecEvent, type CpSignal } from './translator.js';
export { dutyFromAmps, ampsFromDuty, DIGITAL_COMMUNICATION_DUTY } from '../../shared/pwm.js';
