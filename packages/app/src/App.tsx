import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import {
  catalogGraphReadinessModule,
  catalogSearchReadinessModule,
} from '@readiness/plugin-records';
import { pagerDutyCardPlugin } from '@readiness/plugin-oncall';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { signInModule } from './modules/signIn';

export default createApp({
  features: [
    catalogPlugin,
    catalogGraphReadinessModule,
    catalogSearchReadinessModule,
    navModule,
    homeModule,
    signInModule,
    // A legacy-system plugin, converted: package discovery does not find it.
    pagerDutyCardPlugin,
  ],
});
