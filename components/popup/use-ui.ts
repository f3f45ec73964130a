import { useStore } from 'zustand';
import type { UiState } from './ui-store';
import { useServices } from './services';

/** Reads one slice of the UI store; the component re-renders only when that slice changes. */
export function useUi<T>(select: (state: UiState) => T): T {
  return useStore(useServices().ui, select);
}
