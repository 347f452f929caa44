// /widgets: refresh the server-rendered preview and snippet as the form changes, show only the filters that apply
// to the chosen element, and copy the snippet. Without this script the form still works (submit).
const form = document.getElementById('configurator')
const result = document.getElementById('result')
const copy = document.getElementById('copy')
const status = document.getElementById('copy-status')

function showFilters() {
  const element = form.elements.element.value
  for (const p of form.querySelectorAll('[data-for]')) {
    const applies = p.dataset.for.split(' ').includes(element)
    p.hidden = !applies
    if (p instanceof HTMLFieldSetElement) p.disabled = !applies
    for (const field of p.querySelectorAll('input, select')) field.disabled = !applies
  }
}

let pending
async function refresh() {
  const params = new URLSearchParams(new FormData(form))
  history.replaceState(null, '', `/widgets?${params}`)
  params.set('partial', '1')
  pending?.abort()
  pending = new AbortController()
  try {
    const res = await fetch(`/widgets?${params}`, { signal: pending.signal })
    if (res.ok) result.innerHTML = await res.text()
  } catch (e) {
    if (e.name !== 'AbortError') throw e
  }
}

form.addEventListener('input', () => {
  showFilters()
  void refresh()
})
form.addEventListener('submit', (event) => {
  event.preventDefault()
  void refresh()
})
copy.hidden = false
copy.addEventListener('click', async () => {
  const code = document.getElementById('snippet').textContent
  try {
    await navigator.clipboard.writeText(code)
    status.textContent = document.documentElement.lang === 'en' ? 'Copied.' : 'Gekopieerd.'
  } catch {
    const range = document.createRange()
    range.selectNodeContents(document.getElementById('snippet'))
    getSelection().removeAllRanges()
    getSelection().addRange(range)
    status.textContent = document.documentElement.lang === 'en' ? 'Selected: press Ctrl+C to copy.' : 'Geselecteerd: druk op Ctrl+C om te kopiëren.'
  }
})
showFilters()
