// Shared by the jest tests of the Contact Plan cards (map, warnings, blueprint): the fixture account and a
// mounting helper. jest.config.js keeps __tests__/support out of the test files.
import { createElement } from 'lwc';

export const PLAN = require('../data/accountPlan.json');
export const EMPTY = require('../data/emptyAccount.json');
export const ACCOUNT = '001000000000001AAA';

// eslint-disable-next-line @lwc/lwc/no-async-operation
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The next animation frame, then the tasks and renders it started: for a card that follows the map's edits a frame
 * later (followPlan's `afterPaint`). Needs jest's fake timers for requestAnimationFrame.
 */
export async function flushFrame() {
  jest.advanceTimersByTime(16);
  await flush();
}

/**
 * A panel beside the map takes a delivered plan a frame later (planCard.js receivePlan): the delivery, that frame
 * and the render it starts. Needs jest's fake timers for requestAnimationFrame, like flushFrame.
 */
export async function flushDelivery() {
  await flush();
  await flushFrame();
}

/** Mounts card `Ctor` as `tag` on the fixture account, with extra `props`. */
export function mountCard(tag, Ctor, props = {}) {
  const element = createElement(tag, { is: Ctor });
  Object.assign(element, { recordId: ACCOUNT, ...props });
  document.body.appendChild(element);
  return element;
}

/** An element in the card's c-contact-plan-state child (its loading, error and empty states). */
export const stateOf = (element, selector) =>
  element.shadowRoot.querySelector('c-contact-plan-state').shadowRoot.querySelector(selector);
