/**
 * The only script every page runs, inline and tiny (its hash is allowed by the Content Security
 * Policy, see security-policy.ts). It applies the remembered theme before first paint, runs the
 * theme toggle, and opens search (the Search link, "/" or Ctrl/⌘-K): the dialog opens and takes
 * the keyboard at once, so nothing typed is lost, while the search code (whose URL the Search
 * link carries in data-search-src) loads. Without JavaScript the Search link goes to /search/.
 */
export const PAGE_SCRIPT = `(function(d){
var r=d.documentElement,m=matchMedia('(prefers-color-scheme: dark)'),s;
r.classList.add('js');
try{var t=localStorage.getItem('theme');if(t=='light'||t=='dark')r.dataset.theme=t}catch(e){}
function k(){return r.dataset.theme?r.dataset.theme=='dark':m.matches}
function y(){d.querySelectorAll('[data-theme-toggle]').forEach(function(b){b.setAttribute('aria-pressed',k())})}
function o(){var g=d.querySelector('[data-search-dialog]'),p=d.querySelector('[data-search-page] [data-search-input]');
if(p)return p.focus();if(g&&!g.open){g.showModal();g.querySelector('[data-search-input]').focus()}
var l=d.querySelector('[data-search-src]');s=s||import(l.dataset.searchSrc);s.then(function(x){x.openSearch()},function(){location.href='/search/'})}
d.addEventListener('click',function(e){var t=e.target.closest&&e.target.closest('[data-theme-toggle],[data-search-open]');
if(!t||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey)return;
if(t.hasAttribute('data-search-open')){e.preventDefault();o();return}
r.dataset.theme=k()?'light':'dark';try{localStorage.setItem('theme',r.dataset.theme)}catch(e){}y()});
d.addEventListener('keydown',function(e){var t=e.target,w=t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
if((e.key=='/'&&!w&&!e.ctrlKey&&!e.metaKey&&!e.altKey)||((e.ctrlKey||e.metaKey)&&!e.altKey&&e.key.toLowerCase()=='k')){e.preventDefault();o()}});
m.addEventListener('change',y);d.addEventListener('DOMContentLoaded',y)})(document)`;
