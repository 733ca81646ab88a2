// The ribbon's function file (FunctionFile in manifest.xml). Both ribbon buttons open the task pane
// (ShowTaskpane), so there is no function to register yet; Office still requires the page to initialise.
void Office.onReady();
