// A View or Text that acts on a tap (a row that opens, a tab, a link-like phrase) must work from a
// keyboard on H5 too: focusable, and Enter or Space does what a tap does. On WeChat the extra
// props are ignored, so one spread serves both targets.

interface KeyLike {
  key: string
  preventDefault?: () => void
  stopPropagation?: () => void
}

export function tappable(onActivate: (e?: { stopPropagation?: () => void }) => void) {
  return {
    tabIndex: 0,
    onClick: onActivate,
    onKeyDown: (e: KeyLike) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault?.()
      onActivate(e)
    }
  }
}
