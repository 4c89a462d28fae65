/** The errors capability's public entry: the catalogue and the manager that raises and clears. */
export { ERROR_CATALOGUE, catalogueEntry, type CatalogueEntry, type ErrorType } from './catalogue.js';
export { ErrorManager, DEFAULT_VENDOR_ID, type ErrorManagerOptions } from './manager.js';
