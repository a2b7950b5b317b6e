import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** The live value of a non-secret storage item. */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let alive = true;
    void item.getValue().then((v) => alive && setValue(v));
    const unwatch = item.watch((v) => setValue(v ?? item.fallback));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}
