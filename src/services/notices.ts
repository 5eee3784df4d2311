import { useEffect, useState } from 'react'

// Messages about the app itself (e.g. a stored setting that was unreadable and was reset), shown
// once at the top of whatever page is open. Stores whose data a page shows report their own notices.
const pending: string[] = []
const listeners = new Set<(messages: string[]) => void>()

export function announce(message: string): void {
  if (pending.includes(message)) return
  pending.push(message)
  listeners.forEach((fn) => fn([...pending]))
}

export function dismissAnnouncements(): void {
  pending.length = 0
  listeners.forEach((fn) => fn([]))
}

export function useAnnouncements(): string[] {
  const [messages, setMessages] = useState<string[]>(() => [...pending])
  useEffect(() => {
    listeners.add(setMessages)
    setMessages([...pending])
    return () => {
      listeners.delete(setMessages)
    }
  }, [])
  return messages
}
