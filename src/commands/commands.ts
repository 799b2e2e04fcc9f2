/**
 * The ribbon's function file. DraftKit's buttons all open the task pane (ShowTaskpane actions), so no command
 * function is registered; the file exists because Word loads it for the add-in's ribbon group.
 */
if (typeof Office !== "undefined") void Office.onReady();
