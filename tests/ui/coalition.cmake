# Coalition details and members page.
