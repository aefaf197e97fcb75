/**
 * The details form is a fold on a phone and open beside the message on a wide screen. CSS shows
 * it there from the first paint (DetailsForm.astro); this marks it open as well, so that what a
 * screen reader says ("expanded") matches what is on screen. A window made narrow folds it again;
 * on a phone the reader's own opening or closing is left as it is.
 */
export function keepDetailsOpenWhenWide(form: HTMLDetailsElement): void {
  const wide = matchMedia('(min-width: 60rem)');
  if (wide.matches) form.open = true;
  wide.addEventListener('change', () => (form.open = wide.matches));
}
