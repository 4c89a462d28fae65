/**
 * Every test file may meet any EXI schema (vectors, captures, fuzzing); the ISO 15118-20 grammars are not
 * loaded with the codec module (the appliance loads them only when needed), so load them all up front.
 */
import { loadSchemas } from '../../appliance/src/v2g/exi/index.js';

await loadSchemas();
