# expect: writes=no reads=no risk=medium approval=yes
# why: ElementTree.write(path) opens the path for writing; not in the file tables (round 15)
import xml.etree.ElementTree as ET
root = ET.Element('orbit')
ET.SubElement(root, 'bpm', name='B1')
ET.ElementTree(root).write('found10.xml')
results = {}
