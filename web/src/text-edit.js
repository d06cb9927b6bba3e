// The only way the page changes the text box: as if the user had typed the change, so that it
// lands on the box's own undo stack (Ctrl+Z takes it back) and fires the usual input event.
//
//   replaceText(textarea, start, end, text, {inputType, keepFocus}) → true when the text changed
//     keepFocus: the element to give the focus back to afterwards (the page never leaves the
//     focus in the box on its own)

export function replaceText(textarea, start, end, text, { inputType = 'insertReplacementText', keepFocus = null } = {}) {
  const before = textarea.value.length;
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  let done = false;
  try {
    done = text === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, text);
  } catch (_) {
    done = false;
  }
  if (!done) {
    // No editing command (old browsers): the change is made, without an undo step.
    textarea.setRangeText(text, start, end, 'end');
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
  }
  if (keepFocus && keepFocus.isConnected) keepFocus.focus({ preventScroll: true });
  else textarea.blur();
  return textarea.value.length !== before || done;
}

// Replaces the whole text (a file read, the sample report): one undo step back to the old text.
export function replaceAllText(textarea, text, options) {
  return replaceText(textarea, 0, textarea.value.length, text, { inputType: 'insertFromPaste', ...options });
}
