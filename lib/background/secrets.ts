import { storage } from 'wxt/utils/storage';
import type { PartialCredentials } from '../credentials';

/**
 * Secrets: memory only (`storage.session`), read and written by the background alone.
 * Content scripts never import this item; they ask the background.
 */
export const credentialsItem = storage.defineItem<PartialCredentials>('session:credentials', {
  fallback: {},
  version: 1,
});
