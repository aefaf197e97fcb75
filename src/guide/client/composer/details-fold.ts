/**
 * The details form is a fold on a phone and open beside the message on a wide screen. CSS shows
 * it there from the first paint (DetailsForm.astro); this marks it open as well, so that what a
 * screen reader says ("expanded") matches what is on screen, and keeps it open there (its summary
 * is a heading, not a toggle). It never folds itself: zooming in (which narrows the layout) must
 * not hide a field the reader is typing in.
 */
export function keepDetailsOpenWhenWide(form: HTMLDetailsElement): void {
  const wide = matchMedia('(min-width: 60rem)');
  const openIfWide = () => {
    if (wide.matches) form.open = true;
  };
  openIfWide();
  wide.addEventListener('change', openIfWide);
  form.addEventListener('toggle', openIfWide);
}
