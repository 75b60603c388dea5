/** Escapes text for insertion into HTML markup built as a string (user input and error messages are untrusted). */
export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
