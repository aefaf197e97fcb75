/** The event a composer's control fires (bubbling) when its message goes: copied, shared or opened in the email app. */
export const MESSAGE_SENT = 'message-sent';
