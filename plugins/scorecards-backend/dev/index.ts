import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadDemoEntities } from '../src/__testUtils__/demoCatalog';

// The scorecards backend alone over the demo organisation, with mocked sign-in:
//   curl -X POST http://localhost:7007/api/scorecards/evaluate
//   curl http://localhost:7007/api/scorecards/scorecards
// Without the on-call backend, the PagerDuty checks report "no data".
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(catalogServiceMock.factory({ entities: loadDemoEntities() }));
backend.add(import('../src'));
backend.start();
