import { forEachSameOriginDocument } from '../page/same-origin-frames';
import { fieldFromPath, fieldKindOf } from '../page/editable-field';
import { listenForFieldText } from '../page/field-text-events';
import { submitButtonFromPath } from '../page/submit-action';
import { describeError, guard } from './guard';
import { createPanelController, type PanelControllerDeps } from './panel-controller';

export type PageSessionDeps = Omit<PanelControllerDeps, 'isOwnNode'> & {
  isOwnNode: (node: unknown) => boolean;
};

/**
 * One page's worth of panel: listeners on the document and on every same-origin frame inside it,
 * all removed when `signal` aborts (SPA navigation, extension reload). Returns the controller so
 * the panel's buttons can drive it.
 */
export function startPageSession(deps: PageSessionDeps) {
  const controller = createPanelController(deps);
  const fromPanel = (path: readonly EventTarget[]) => path.some((target) => deps.isOwnNode(target));
  const safe = <E extends Event>(handler: (event: E) => void) =>
    guard((error) => deps.store.setState({ error: describeError(error) }), handler);

  forEachSameOriginDocument(
    deps.topDocument,
    (doc, signal) => {
      listenForFieldText(doc, controller.onFieldText, { signal, ignore: fromPanel });
      const onClick = safe((event: MouseEvent) => {
        const path = event.composedPath();
        if (fromPanel(path)) return;
        const button = submitButtonFromPath(path);
        if (button) controller.onSubmit(button);
      });
      // Enter in a single-line code field submits it the way the Search button does.
      const onKeyDown = safe((event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        const field = fieldFromPath(event.composedPath());
        if (field && fieldKindOf(field) === 'input' && controller.isActiveField(field)) {
          controller.onSubmit(field);
        }
      });
      doc.addEventListener('click', onClick, { capture: true, signal });
      doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
    },
    deps.signal,
  );
  controller.loadPrefs();
  return controller;
}
