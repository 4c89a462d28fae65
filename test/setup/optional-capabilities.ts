/**
 * Tests build apps with OCPP on through the synchronous build(); the appliance loads that module only
 * when its configuration asks (supervisor/optional.ts), so load it once for every test file.
 */
import { loadOptionalCapabilities } from '../../appliance/src/supervisor/index.js';

await loadOptionalCapabilities({ ocpp: { enabled: true } });
