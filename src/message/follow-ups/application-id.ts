/** A new application's id: random, so two devices' lists can be merged on import (randomUUID needs Safari 15.4 and a secure page). */
export const newApplicationId = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
