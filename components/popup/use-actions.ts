import { useMemo } from 'react';
import { createActions, type Actions } from './actions';
import { useServices } from './services';

export function useActions(): Actions {
  const services = useServices();
  return useMemo(() => createActions(services), [services]);
}
