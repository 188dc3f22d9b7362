/**
 * Renders nothing: the editorial state and the review comment are changed only by the workflow
 * buttons, and Payload's own unpublish entry gives way to "Gỡ xuống". The values stay in the
 * form (and the lists' columns and filters) as before.
 */
export const NoControl = () => null
