// Enter and Space activate a chart mark, as they do a button.
export function activateOnKey(event: KeyboardEvent, activate: () => void): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    event.stopPropagation();
    activate();
  }
}
