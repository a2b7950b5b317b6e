import type { StepFeature } from '../types';
import { addScopes } from './add-scopes';
import { appCredentials, feature } from './capture';
import { information, nameApp } from './forms';
import { activation, chooseAppType, marketplaceHome, roleSettings } from './guidance';
import { scopesPage } from './scopes-page';

/** Every Zoom step, in tie-break order: dialogs first. */
export const ZOOM_FEATURES: readonly StepFeature[] = [
  addScopes,
  nameApp,
  appCredentials,
  feature,
  information,
  scopesPage,
  activation,
  chooseAppType,
  roleSettings,
  marketplaceHome,
];
